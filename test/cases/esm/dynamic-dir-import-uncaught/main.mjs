await import('./dir');
