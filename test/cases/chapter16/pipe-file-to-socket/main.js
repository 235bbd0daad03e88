// Section 16.5.1: a file piped to a network socket.
const fs = require('fs');
const net = require('net');

function pipeFileToSocket(filename, socket) {
  fs.createReadStream(filename).pipe(socket);
}

const server = net.createServer((socket) => pipeFileToSocket('greeting.txt', socket));
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  client.on('data', (d) => parts.push(d));
  client.on('end', () => {
    process.stdout.write('client got: ' + Buffer.concat(parts));
    server.close();
  });
});
