// Tests of static/sse.js, run by TestSSEParser with node: each stream is
// fed whole, cut in two at every place, and one character at a time, and
// must give the same messages and retry times.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ctx = { globalThis: {} };
ctx.globalThis = ctx;
vm.runInNewContext(fs.readFileSync(path.join(__dirname, '..', 'static', 'sse.js'), 'utf8'), ctx);
const parser = ctx.atalayaSSE;

const cases = [
  { name: 'the server\'s stream', in: 'retry: 3000\n: connected\n\nid: 25-7\nevent: incident\ndata: {"id":"a"}\n\n' +
      ': heartbeat\n\nid: 25-9\nevent: removed\ndata: {"id":"ev-1"}\n\n',
    want: [['incident', '{"id":"a"}', '25-7'], ['removed', '{"id":"ev-1"}', '25-9']], retry: [3000] },
  { name: 'CRLF', in: 'event: event\r\ndata: x\r\n\r\n', want: [['event', 'x', null]] },
  { name: 'CR', in: 'data: a\rdata: b\r\r', want: [['message', 'a\nb', null]] },
  { name: 'mixed ends', in: 'data: a\r\ndata: b\n\r', want: [['message', 'a\nb', null]] },
  { name: 'no space, two spaces', in: 'data:x\n\ndata:  y\n\n', want: [['message', 'x', null], ['message', ' y', null]] },
  { name: 'unfinished message', in: 'data: a\n', want: [] },
  { name: 'id carries on', in: 'id: 5\ndata: a\n\ndata: b\n\nid\ndata: c\n\n',
    want: [['message', 'a', '5'], ['message', 'b', '5'], ['message', 'c', '']] },
  { name: 'id with NUL ignored', in: 'id: 7\n\nid: 8\0\ndata: a\n\n', want: [['message', 'a', '7']] },
  { name: 'empty data line', in: 'data\n\n', want: [['message', '', null]] },
  { name: 'no data, no message', in: 'event: event\n\n: comment\n\n', want: [] },
  { name: 'bad retry', in: 'retry: 3s\nretry: 100\n\n', want: [], retry: [100] },
  { name: 'unknown field', in: 'foo: bar\ndata: z\n\n', want: [['message', 'z', null]] },
  { name: 'event name reset', in: 'event: x\ndata: 1\n\ndata: 2\n\n', want: [['x', '1', null], ['message', '2', null]] },
  { name: 'non-ASCII', in: 'data: Mérida ✓\n\n', want: [['message', 'Mérida ✓', null]] },
];

function run(chunks) {
  const got = [], retries = [];
  const feed = parser((name, data, id) => got.push([name, data, id]), (ms) => retries.push(ms));
  for (const c of chunks) feed(c);
  return { got, retries };
}

let failed = 0;
for (const tc of cases) {
  const splits = [[tc.in], [...tc.in]];
  for (let i = 1; i < tc.in.length; i++) splits.push([tc.in.slice(0, i), tc.in.slice(i)]);
  for (const chunks of splits) {
    const { got, retries } = run(chunks);
    const want = JSON.stringify({ got: tc.want, retries: tc.retry || [] });
    if (JSON.stringify({ got, retries }) !== want) {
      console.log(`${tc.name}, fed as ${JSON.stringify(chunks)}: got ${JSON.stringify({ got, retries })}, want ${want}`);
      failed++;
      break;
    }
  }
}
if (failed) process.exit(1);
console.log(`${cases.length} cases passed`);
