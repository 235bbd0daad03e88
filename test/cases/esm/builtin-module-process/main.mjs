import process2 from 'process';
import { argv } from 'node:process';
console.log(process2 === process, argv === process.argv);
