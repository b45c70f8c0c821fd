import { useEffect, useEffectEvent } from 'react';
import { commandFor, isTypingTarget, type WorkshopCommand } from './workshopKeys';

interface Options {
  helpOpen: boolean;
  closeHelp: () => void;
  run: (command: WorkshopCommand) => void;
}

/**
 * Listens to the whole document for the workshop's keys (workshopKeys.ts) and runs the command a
 * key means. Keys typed into a field belong to the field; while the help is open, only "?" counts.
 */
export function useWorkshopKeys({ helpOpen, closeHelp, run }: Options): void {
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const command = commandFor(e);
    if (helpOpen) {
      // The dialog closes itself on Escape; "?" closes it too.
      if (command === 'help') {
        e.preventDefault();
        closeHelp();
      }
      return;
    }
    if (command === undefined || isTypingTarget(e.target)) return;
    e.preventDefault();
    run(command);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
