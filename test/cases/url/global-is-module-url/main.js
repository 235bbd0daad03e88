const url=require('url');console.log(url.URL===URL,url.URLSearchParams===URLSearchParams,new URL('http://a').searchParams instanceof URLSearchParams,URL.name,URL.length,typeof URL.canParse)
