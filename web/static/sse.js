// The parser of the server-sent-events format that Atalaya's map page reads
// /api/stream with: the page reads the stream with fetch, which can send
// the read token's header, rather than with EventSource, which cannot.
// It follows the HTML standard's interpretation of an event stream, but
// for the "message" default and the last event id, which it hands to the
// caller with each message.
'use strict';

// sseParser returns a function that takes the stream's text as it comes
// and calls onMessage(name, data, id) for each complete message, as the
// server-sent events format says (lines end with CRLF, LF or CR; a blank
// line ends a message; a line starting with ':' is a comment).
globalThis.atalayaSSE = function sseParser(onMessage, onRetry) {
  let buf = '', name = '', data = [], id = null, hasData = false;
  let skipLF = false; // the last chunk ended with a CR: an LF first is its CRLF's
  const line = (l) => {
    if (l === '') {
      if (hasData) onMessage(name || 'message', data.join('\n'), id);
      name = ''; data = []; hasData = false;
      return;
    }
    if (l[0] === ':') return;
    const c = l.indexOf(':');
    const field = c < 0 ? l : l.slice(0, c);
    let value = c < 0 ? '' : l.slice(c + 1);
    if (value[0] === ' ') value = value.slice(1);
    if (field === 'event') name = value;
    else if (field === 'data') { data.push(value); hasData = true; }
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) onRetry(+value);
  };
  return (chunk) => {
    if (skipLF && chunk[0] === '\n') chunk = chunk.slice(1);
    skipLF = false;
    buf += chunk;
    const eol = /\r\n|\r|\n/g;
    let at = 0;
    for (let hit; (hit = eol.exec(buf)) !== null;) {
      line(buf.slice(at, hit.index));
      at = eol.lastIndex;
      // A CR at the end may be the first half of a CRLF.
      if (hit[0] === '\r' && at === buf.length) skipLF = true;
    }
    buf = buf.slice(at);
  };
};
