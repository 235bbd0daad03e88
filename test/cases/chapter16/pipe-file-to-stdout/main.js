// Section 16.5.1: pipe() with any Writable, here standard output standing in for the socket.
const fs = require('fs');
function pipeFileToSocket(filename, socket) {
  fs.createReadStream(filename).pipe(socket);
}
pipeFileToSocket('greeting.txt', process.stdout);
