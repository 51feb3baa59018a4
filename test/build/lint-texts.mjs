// Lints several texts, each as the file it names, with the project's configuration, in one process
// (the ESLint API cannot load the ESM configuration inside jest). Reads [{file, text}] on stdin.
import { ESLint } from 'eslint';

const cases = JSON.parse(
  await new Promise((resolve) => {
    let data = '';
    process.stdin.on('data', (c) => (data += c)).on('end', () => resolve(data));
  }),
);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { file, text } of cases) {
  const [result] = await eslint.lintText(text, { filePath: file });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line })));
}
process.stdout.write(JSON.stringify(out));
