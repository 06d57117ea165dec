// Crumb & Co. (sites/bakery.mjs): product cards as web components, each with
// its own shadow root: size radios, a nested quantity stepper, a wishlist
// heart, a tooltip shown on hover, "Add to basket" with slotted text. The
// phrasings differ the way different people would write them.
import { did, answer } from '../lib/checks.mjs';

const S = 'bakery';
export default [
  { id: 'bakery-01', site: S, kind: 'shadow', smoke: true,
    instruction: 'On {BASE}/ add the sourdough loaf in the 1 kg size to my basket',
    check: did('add', { sku: 'sourdough', size: '1 kg' }) },
  { id: 'bakery-02', site: S, kind: 'shadow',
    instruction: '{BASE}/ — put a box of 6 butter croissants in the basket',
    check: did('add', { sku: 'croissant', size: 'Box of 6' }) },
  { id: 'bakery-03', site: S, kind: 'shadow',
    instruction: 'Open {BASE}/ and add 3 butter croissants to the basket',
    check: did('add', { sku: 'croissant', qty: 3 }) },
  { id: 'bakery-04', site: S, kind: 'shadow',
    instruction: 'Go to {BASE}/, set the quantity of the rye & caraway bread to 2 and add it to the basket',
    check: did('add', { sku: 'rye', qty: 2 }) },
  { id: 'bakery-05', site: S, kind: 'shadow',
    instruction: 'Save the pistachio babka to my wishlist on {BASE}/',
    check: did('wish', { sku: 'babka', on: true }) },
  { id: 'bakery-06', site: S, kind: 'shadow',
    instruction: 'On {BASE}/ heart the sourdough loaf',
    check: did('wish', { sku: 'sourdough', on: true }) },
  { id: 'bakery-07', site: S, kind: 'shadow',
    instruction: '{BASE}/ is the cinnamon bun available?',
    check: answer(['Sold out']) },
  { id: 'bakery-08', site: S, kind: 'shadow',
    instruction: 'How much is the butter croissant on {BASE}/?',
    check: answer(['£1.90'], { not: ['£4.20', '£7.00'] }) },
  { id: 'bakery-09', site: S, kind: 'shadow',
    instruction: 'On {BASE}/ hover the ⓘ next to the pistachio babka and tell me what it says',
    check: answer(['Contains nuts (pistachio)']) },
  { id: 'bakery-10', site: S, kind: 'shadow',
    instruction: 'What bakes does {BASE}/ have today? List them with their prices',
    check: answer(['Sourdough loaf', '£4.20', 'Pistachio babka', '£7.00']) },
  { id: 'bakery-11', site: S, kind: 'shadow',
    instruction: 'On {BASE}/ choose the Whole size for the pistachio babka',
    check: did('size', { sku: 'babka', value: 'Whole' }) },
  { id: 'bakery-12', site: S, kind: 'shadow',
    instruction: 'How many rye & caraway loaves are left on {BASE}/?',
    check: answer(['2']) },
];
