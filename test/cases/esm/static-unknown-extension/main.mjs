import './data.txt';
