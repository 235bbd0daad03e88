const u=new URL('http://a.com/x');u.pathname='/y z';u.search='q=1 2';u.hash='h';u.port='8080';u.protocol='https';u.username='me';console.log(u.href,u.origin,String(u),JSON.stringify(u))
