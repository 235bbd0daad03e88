const p=new URLSearchParams('b=2&a=1&a=3');p.append('c','x y');p.sort();console.log(p.toString(),p.getAll('a'),p.get('zz'),p.has('b'),[...p.keys()],p.size);p.delete('a');console.log(String(p))
