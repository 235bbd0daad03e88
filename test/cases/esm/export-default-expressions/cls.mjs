export default class { k = 1 }
