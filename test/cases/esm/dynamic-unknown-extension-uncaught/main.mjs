await import('./data.txt');
