import '#missing';
