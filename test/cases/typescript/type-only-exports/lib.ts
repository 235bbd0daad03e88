export type Id = string;
interface Internal { id: Id }
export type { Internal };
export type { Internal as Renamed };
export const make = (n: number): Internal => ({ id: String(n) });
