import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = path.resolve('node_modules/.bin/tsx');
const run = (script: string, args: string[], contentDir: string) =>
  spawnSync(tsx, [script, ...args], { encoding: 'utf8', env: { ...process.env, GLOSSARY_CONTENT_DIR: contentDir } });

describe('npm run content:check', () => {
  it('prints every problem as file:line: field: message and exits non-zero', () => {
    const result = run('scripts/content-check.ts', [], 'tests/fixtures/content-invalid');
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/'));
    expect(lines.length).toBeGreaterThanOrEqual(20);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/content-invalid\/[a-z-]+\/[a-z]+\.md:\d+: [A-Za-z ]+: .+/);
    expect(result.stderr).toContain('nothing was published');
  });

  it('passes on valid content', () => {
    const result = run('scripts/content-check.ts', [], 'tests/fixtures/content-valid');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content OK');
  });
});

describe('npm run new-term', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'glossary-new-term-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('creates a valid entry in every language with today’s date, and says what to do next', () => {
    const result = run('scripts/new-term.ts', ['Net Revenue Retention'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`created ${path.relative(process.cwd(), path.join(root, 'net-revenue-retention', 'it.md'))}`);
    expect(result.stdout).toContain('npm run content:check');
    const italian = fs.readFileSync(path.join(root, 'net-revenue-retention', 'it.md'), 'utf8');
    expect(italian).toContain('title: "Net Revenue Retention"');
    expect(italian).toContain(`updated: ${new Date().toISOString().slice(0, 10)}`);
    expect(fs.existsSync(path.join(root, 'net-revenue-retention', 'en.md'))).toBe(true);
    expect(run('scripts/content-check.ts', [], root).status).toBe(0);
  });

  it('refuses to overwrite an existing term', () => {
    const file = path.join(root, 'net-revenue-retention', 'it.md');
    fs.appendFileSync(file, '\nEdited by hand.\n');
    const result = run('scripts/new-term.ts', ['Net Revenue Retention'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('already exists; nothing was written');
    expect(fs.readFileSync(file, 'utf8')).toContain('Edited by hand.');
  });
});
