// Section 16.4: a net.Server is an EventEmitter.
const EventEmitter = require('events');
const net = require('net');
const server = new net.Server();
console.log(server instanceof EventEmitter, typeof server.on, typeof server.emit);
