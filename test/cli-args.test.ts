import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/cli/args';
import { UsageError } from '../src/cli/usage-error';

function usageErrorOf(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('kg argument parsing', () => {
  it('reads a build with all its options', () => {
    const parsed = parseCommandLine(['build', 'a', 'b dir', '--gexf', 'g.gexf', '--gexf-version', '1.2', '--json=g.json', '--workers', '2', '--no-text', '--quiet']);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        command: 'build',
        inputs: ['a', 'b dir'],
        gexf: 'g.gexf',
        gexfVersion: '1.2',
        json: 'g.json',
        workers: 2,
        keepText: false,
        quiet: true,
        debug: false,
        help: false,
      },
    });
  });

  it('treats "-" as an input (stdin) and defaults to keeping text', () => {
    const parsed = parseCommandLine(['extract', '-']);
    expect(parsed.kind === 'run' && parsed.options.inputs).toEqual(['-']);
    expect(parsed.kind === 'run' && parsed.options.keepText).toBe(true);
  });

  it('answers help in every spelling', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['help', 'merge'])).toEqual({ kind: 'help', command: 'merge' });
    expect(parseCommandLine(['build', '-h'])).toEqual({ kind: 'help', command: 'build' });
  });

  it('rejects misuse with a message naming the problem and the command', () => {
    expect(usageErrorOf([]).message).toMatch(/no command/);
    expect(usageErrorOf(['frobnicate']).message).toMatch(/unknown command 'frobnicate'/);
    expect(usageErrorOf(['build', 'x', '--gexf', 'g', '--colour'])).toMatchObject({ command: 'build', message: expect.stringMatching(/--colour/) });
    expect(usageErrorOf(['build', 'x', '--gexf']).message).toMatch(/argument missing/);
    expect(usageErrorOf(['build', '--gexf', 'g']).message).toMatch(/no inputs/);
    expect(usageErrorOf(['build', 'x']).message).toMatch(/--gexf <file> is required/);
    expect(usageErrorOf(['build', 'x', '--gexf', 'g', '--json', 'g']).message).toMatch(/different files/);
    expect(usageErrorOf(['extract', 'x', '--gexf', 'g']).message).toMatch(/does not take --gexf/);
    for (const bad of ['0', '-1', '1.5', 'two', '65']) {
      expect(usageErrorOf(['build', 'x', '--gexf', 'g', `--workers=${bad}`]).message).toMatch(/--workers must be/);
    }
  });
});
