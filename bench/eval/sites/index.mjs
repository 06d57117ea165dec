// Every fixture site of the evaluation suite (see README.md).
import clinic from './clinic.mjs';
import settings from './settings.mjs';
import warehouse from './warehouse.mjs';
import inbox from './inbox.mjs';
import people from './people.mjs';
import flights from './flights.mjs';
import docs from './docs.mjs';
import files from './files.mjs';
import news from './news.mjs';
import shop from './shop.mjs';
import chat from './chat.mjs';
import payments from './payments.mjs';
import crm from './crm.mjs';
import reports from './reports.mjs';
import helpdesk from './helpdesk.mjs';
import pantry from './pantry.mjs';
import events from './events.mjs';
import bank from './bank.mjs';
import dialogs from './dialogs.mjs';
import salon from './salon.mjs';
import garage from './garage.mjs';
import rooms from './rooms.mjs';
import bakery from './bakery.mjs';

export const SITES = [clinic, settings, warehouse, inbox, people, flights, docs, files, news, shop, chat, payments, crm, reports, helpdesk, pantry, events, bank, salon, garage, rooms, dialogs, bakery];
