export const x = "module js";
