// Section 16.4: handle "connection" events and answer each client.
const net = require('net');
const server = new net.Server();
server.on('connection', (socket) => {
  socket.end('Hello World', 'utf8');
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', () => {
    console.log('client received:', reply);
    server.close(() => console.log('server closed'));
  });
});
