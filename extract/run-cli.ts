// Development entry for the extract contract: `npx tsx extract/run-cli.ts [FILE|-]`.
import { createReadStream } from 'node:fs';
import { runExtractCli } from './cli.ts';

const file = process.argv[2];
const input = file && file !== '-' ? createReadStream(file) : process.stdin;
process.exitCode = await runExtractCli(input, process.stdout);
