import { describe, expect, it, vi } from 'vitest';
import { SHELL_COMMANDS, type ShellCommand } from '../../shared/api/channels';
import { createShellCommandSender } from './shellCommands';

const target = (destroyed = false) => ({ send: vi.fn(), isDestroyed: () => destroyed });

describe('createShellCommandSender', () => {
  it.each(SHELL_COMMANDS)('sends %s on crossing:shell-command', (command) => {
    const t = target();
    expect(createShellCommandSender(() => t)(command)).toBe(true);
    expect(t.send).toHaveBeenCalledWith('crossing:shell-command', command);
  });

  it('drops commands outside SHELL_COMMANDS even if a cast lets them through', () => {
    const t = target();
    expect(createShellCommandSender(() => t)('app.quit' as ShellCommand)).toBe(false);
    expect(t.send).not.toHaveBeenCalled();
  });

  it('drops commands when there is no live window', () => {
    expect(createShellCommandSender(() => null)('project.new')).toBe(false);
    const dead = target(true);
    expect(createShellCommandSender(() => dead)('project.new')).toBe(false);
    expect(dead.send).not.toHaveBeenCalled();
  });
});
