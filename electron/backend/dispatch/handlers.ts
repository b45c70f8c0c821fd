import type { Channel, OutputOf, ParsedInputOf } from '../../../shared/api/contract';

/** One handler per channel, receiving parsed input. The compiler lists any channel left out. */
export type Handlers = {
  [C in Channel]: (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
};
