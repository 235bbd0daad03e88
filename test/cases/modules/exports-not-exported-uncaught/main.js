require('closed/internal');
