import 'self/y';
