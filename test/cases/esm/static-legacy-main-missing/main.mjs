import 'nomain';
