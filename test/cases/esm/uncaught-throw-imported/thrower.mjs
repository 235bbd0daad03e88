console.log("thrower runs");
throw new TypeError("from dependency");
