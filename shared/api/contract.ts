import type { z } from 'zod';
import { appContract } from './appContract';
import { auditsContract } from './auditsContract';
import { backupsContract } from './backupsContract';
import type { Channel } from './channels';
import type { ChannelSpec } from './defineChannel';
import { portfolioContract } from './portfolioContract';
import { orgContract } from './orgContract';
import { plansContract } from './plansContract';
import { releasesContract } from './releasesContract';
import { projectsContract } from './projectsContract';
import { reportsContract } from './reportsContract';
import { sampleContract } from './sampleContract';
import { checkpointsContract } from './checkpointsContract';
import type { Result } from './result';

/**
 * The API contract: channel name -> strict input schema and output type. Main, preload, web
 * host, CLI and renderer are all typed from this one map. Adding a channel: add its name to
 * CHANNELS, its entry to a domain contract, and its handler; the compiler lists the rest.
 */
export const contract = {
  ...appContract,
  ...projectsContract,
  ...auditsContract,
  ...backupsContract,
  ...sampleContract,
  ...reportsContract,
  ...portfolioContract,
  ...orgContract,
  ...plansContract,
  ...releasesContract,
  ...checkpointsContract,
} satisfies Record<Channel, ChannelSpec>;

// The reverse check: every contract key is a listed channel (satisfies only checks one way
// for spread objects).
type Extra = Exclude<keyof typeof contract, Channel>;
const noExtraChannels: [Extra] extends [never] ? true : never = true;
void noExtraChannels;

export type Contract = typeof contract;
/** What a caller passes (before defaults and trimming). */
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

/** The client-side API: one async function per channel. window.api and the HTTP client satisfy it. */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export type { Channel };
