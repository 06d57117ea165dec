// The blind suite's fixture sites (each served on its own port by bench/eval/lib/fixtures.mjs).
import vet from './vet.mjs';
import bikes from './bikes.mjs';
import council from './council.mjs';
import theatre from './theatre.mjs';
import podcast from './podcast.mjs';
import nursery from './nursery.mjs';
import desks from './desks.mjs';
import insurance from './insurance.mjs';

export const SITES = [vet, bikes, council, theatre, podcast, nursery, desks, insurance];
