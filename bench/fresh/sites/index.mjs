// Every fixture site of the fresh evaluation suite (see ../README.md).
import hotel from './hotel.mjs';
import recipes from './recipes.mjs';
import jobs from './jobs.mjs';
import carhire from './carhire.mjs';
import transit from './transit.mjs';

export const SITES = [hotel, recipes, jobs, carhire, transit];
