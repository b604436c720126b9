// The PouchDB peer of the first-sync benchmark (firstsyncbench, README
// "Benchmarks"): the same number of absence-shaped records, served by
// express-pouchdb (in a child process, as our server is a process of its
// own) from PouchDB's memory adapter, replicated over loopback into a fresh
// PouchDB with the memory adapter and then into a fresh one on LevelDB.
//
//   node pouchpeer.js COUNT        prints one line per target:
//                                  "memory MS CPU_MS" and "leveldb MS CPU_MS"
//                                  (CPU of this, the replicating, process)
//   node pouchpeer.js serve COUNT  (the child) seeds, listens, prints "ready PORT"
//
// The modules come from npm (pinned versions, installed by
// tests/bench/loadbench.sh under the build directory; NODE_PATH names it).
// Run it in a scratch directory: express-pouchdb and LevelDB write files there.
'use strict';

const { fork } = require('child_process');
const path = require('path');
const PouchDB = require('pouchdb');
PouchDB.plugin(require('pouchdb-adapter-memory'));

const pageSize = 1000; // as the app's pull pages

// An absence report as the app's server holds it (core/domain/absencereport).
function absence(i) {
  const day = new Date(Date.UTC(2026, 8, 1) + (i % 90) * 86400000).toISOString().slice(0, 10);
  return {
    _id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: 'absence_report',
    student_id: `B${String(i % 1000).padStart(5, '0')}`,
    reporter_id: 'parent@mail.example.com',
    code: 'Z',
    start: `${day}T08:30`,
    end: `${day}T09:30`,
    note: '',
    state: 'received',
    decision: 'not_needed',
    created_at: `${day}T07:55`,
  };
}

async function serve(count) {
  const express = require('express');
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory' });
  const source = new MemoryPouch('absences');
  for (let i = 0; i < count; i += pageSize) {
    const docs = [];
    for (let j = i; j < Math.min(count, i + pageSize); ++j) docs.push(absence(j));
    await source.bulkDocs(docs);
  }
  const app = express();
  app.use('/', require('express-pouchdb')(MemoryPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));
  const server = app.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    // express-pouchdb serves the databases created through it (its list of
    // all databases): a PUT registers the seeded one.
    const created = await fetch(`http://127.0.0.1:${port}/absences`, { method: 'PUT' });
    if (!created.ok) throw new Error(`PUT /absences: ${created.status}`);
    process.send(`ready ${port}`);
  });
}

async function replicateInto(db, remote) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const result = await db.replicate.from(remote, { batch_size: pageSize });
  const used = process.cpuUsage(cpu);
  const ms = Number((process.hrtime.bigint() - started) / 1000000n);
  return { ms, cpuMs: Math.round((used.user + used.system) / 1000), written: result.docs_written };
}

async function measure(count) {
  const child = fork(__filename, ['serve', String(count)], { stdio: 'inherit' });
  const port = await new Promise((resolve, reject) => {
    child.on('message', (m) => resolve(Number(String(m).split(' ')[1])));
    child.on('exit', (code) => reject(new Error(`the PouchDB server exited (${code})`)));
  });
  // A PouchDB over HTTP (a URL given to a constructor with the memory
  // adapter as default would name a local memory database).
  const remote = new PouchDB(`http://127.0.0.1:${port}/absences`);
  try {
    const targets = [
      ['memory', new (PouchDB.defaults({ adapter: 'memory' }))('phone')],
      ['leveldb', new PouchDB(path.join(process.cwd(), 'phone-leveldb'))],
    ];
    for (const [name, db] of targets) {
      const r = await replicateInto(db, remote);
      if (r.written !== count) throw new Error(`${name}: ${r.written} of ${count} replicated`);
      console.log(`${name} ${r.ms} ${r.cpuMs}`);
      await db.destroy();
    }
  } finally {
    child.kill();
  }
}

const args = process.argv.slice(2);
const run = args[0] === 'serve' ? serve(Number(args[1])) : measure(Number(args[0]));
run.catch((error) => {
  console.error(`pouchpeer: ${error.message}`);
  process.exit(1);
});
