export { K6 } from './k6';
export { defineInstrument, instrumentSchema, InvalidInstrumentError, type Instrument } from './schema';
