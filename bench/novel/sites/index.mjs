// Every fixture site of the novel evaluation suite (see ../README.md).
import museum from './museum.mjs';
import garden from './garden.mjs';
import pharmacy from './pharmacy.mjs';
import energy from './energy.mjs';
import courier from './courier.mjs';

export const SITES = [museum, garden, pharmacy, energy, courier];
