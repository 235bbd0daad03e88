console.log(new URL('https://user:pw@example.com:8080/p/a?x=1&y=2#h'))
