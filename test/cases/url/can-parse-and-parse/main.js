console.log(URL.canParse('http://a'),URL.canParse('nope'),URL.canParse('/x','http://a'));try{URL.canParse()}catch(e){console.log(e.code,e.message)}
