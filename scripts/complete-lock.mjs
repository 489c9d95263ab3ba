// Run after `npm install` changes package-lock.json. This workplace's registry lacks rollup's
// builds for other platforms (macOS, Windows, Android, …), so npm leaves them out of the lock
// file and `npm ci` then refuses it. They are never installed here, so the lock only needs to
// name them, with the platform they are for; npm ci skips them on Linux.
import { readFileSync, writeFileSync } from 'node:fs';

const lockUrl = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockUrl, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
let added = 0;
for (const [name, range] of Object.entries(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const entry = { version: range.replace(/^[~^]/, ''), dev: true, optional: true, license: 'MIT' };
  if (name === 'fsevents') entry.os = ['darwin'];
  else {
    const [os, cpu, abi = ''] = name.replace('@rollup/rollup-', '').split('-');
    entry.os = [os];
    entry.cpu = [cpu];
    if (abi.startsWith('gnu')) entry.libc = ['glibc'];
    if (abi.startsWith('musl')) entry.libc = ['musl'];
  }
  lock.packages[key] = entry;
  added++;
}
writeFileSync(lockUrl, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: named ${added} platform package(s) this registry lacks`);
