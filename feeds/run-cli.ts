// Tries the contract commands before cli/main.ts wires them: `npx tsx feeds/run-cli.ts feed|page FILE...`.
import { runFeedParseCli, runPageTextCli } from './cli.ts';

const [command, ...files] = process.argv.slice(2);
const run = command === 'feed' ? runFeedParseCli : command === 'page' ? runPageTextCli : null;
if (!run) {
  process.stderr.write('usage: npx tsx feeds/run-cli.ts feed|page FILE...\n');
  process.exit(2);
}
process.exitCode = await run(files, process.stdout);
