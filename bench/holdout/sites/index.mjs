// The held-out suite's fixture sites (served by bench/eval/lib/fixtures.mjs, which
// takes this module's path as its second argument).
import library from './library.mjs';
import hotel from './hotel.mjs';
import kanban from './kanban.mjs';
import gym from './gym.mjs';
import carhire from './carhire.mjs';
import recipes from './recipes.mjs';
import jobs from './jobs.mjs';
import school from './school.mjs';
import support from './support.mjs';
import photos from './photos.mjs';

export const SITES = [library, hotel, kanban, gym, carhire, recipes, jobs, school, support, photos];
