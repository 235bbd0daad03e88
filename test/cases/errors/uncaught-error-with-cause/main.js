const root = new Error('root cause');
throw new Error('wrapper', { cause: root });
