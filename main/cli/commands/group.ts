// Builds a command out of subcommands (`member add|set|remove`): picks the subcommand by its
// first word and answers `--help` at either level. Owns dispatch only.
import { COMMON_OPTIONS, describeChoices, parseCommand } from '../args';
import { UsageError } from '../errors';
import type { Command, Subcommand } from './command';

export function groupCommand(name: string, summary: string, subcommands: readonly Subcommand[]): Command {
  const help = `${subcommands.map((s) => s.help.trimEnd()).join('\n\n')}\n`;
  return {
    name,
    summary,
    help,
    async run(args, ctx) {
      const [word, ...rest] = args;
      const sub = subcommands.find((s) => s.name === word);
      if (sub === undefined) {
        if (word === undefined || word.startsWith('-')) {
          const { values } = parseCommand({ args, options: COMMON_OPTIONS, allowPositionals: false });
          if (values.help) {
            ctx.print(help);
            return 0;
          }
        }
        const names = subcommands.map((s) => s.name);
        throw new UsageError(
          word === undefined
            ? `\`${name}\` needs a subcommand: ${describeChoices(names)}`
            : `unknown subcommand \`${name} ${word}\`: use ${describeChoices(names)}`,
        );
      }
      return sub.run(rest, ctx);
    },
  };
}
