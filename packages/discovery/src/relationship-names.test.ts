import { describe, expect, it } from 'vitest';
import { entityWordsOf, nameAgreement } from './relationship-names.js';

describe('nameAgreement', () => {
  it.each([
    ['store', 'stores', 'store'],
    ['isbn', 'books', 'isbn'],
    ['branch_code', 'branches', 'code'],
    ['store_id', 'stores', 'id'],
    ['district', 'districts', 'district_id'],
    ['district', 'districts', 'id'],
    ['District', 'districts', 'district_id'],
    ['bike_id', 'bikes', 'bike_id'],
    ['category_code', 'product_categories', 'code'],
    // id, no, num and number say the same: the thing's number.
    ['room_no', 'rooms', 'room_number'],
    ['vetId', 'vets', 'Vet No'],
    ['member_number', 'members', 'member_id'],
  ])('%s agrees with %s.%s', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toEqual({ evidence: `name: ${field} ~ ${dataset}.${key}`, role: null });
  });

  it('reads leading words as a role: start_station_id and end_station_id both name stations.station_id', () => {
    expect(nameAgreement('start_station_id', 'stations', 'station_id')?.role).toBe('start');
    expect(nameAgreement('end_station_id', 'stations', 'station_id')?.role).toBe('end');
    expect(nameAgreement('home_port_id', 'ports', 'id')?.role).toBe('home');
  });

  it.each([
    ['id', 'orders', 'id'],
    ['code', 'branches', 'code'],
    ['name', 'stations', 'name'],
    ['loan_id', 'books', 'id'],
    ['order_id', 'products', 'product_id'],
    ['station', 'stations', 'capacity'],
    ['district_name', 'districts', 'district_id'],
    ['film_title', 'films', 'film_id'],
    ['film_code', 'screens', 'screen_code'],
    // A key of the dataset the column names, but the column is no key of its own.
    ['vehicle_name', 'vehicles', 'fleet_no'],
    ['vehicle_ref', 'vehicles', 'mileage'],
  ])('%s does not agree with %s.%s', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toBeNull();
  });

  it.each([
    ['Film Code', 'films', 'film_id'],
    ['Driver Ref', 'drivers', 'DriverID'],
    ['screenRef', 'screens', 'Screen Code'],
    ['branch_code', 'branches', 'id'],
    ['room_code', 'rooms', 'room_number'],
  ])('%s names %s.%s with another key word: a weaker agreement, measured with a stricter coverage', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toEqual({ evidence: `name: ${field} ~ ${dataset}.${key} (key words differ)`, role: null, keyWordsDiffer: true });
  });

  it.each([
    ['vehicle_ref', 'vehicles', 'fleet_no'],
    ['bayId', 'bays', 'Slot Code'],
    ['partSku', 'parts', 'Catalogue No'],
  ])('%s names the rows of %s, whose key %s is named its own way: the weakest agreement, held to the stricter coverage', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toEqual({ evidence: `name: ${field} ~ ${dataset}.${key} (key named its own way)`, role: null, keyWordsDiffer: true });
  });

  it('reads the rows\' noun shortened with the key named its own way as the weakest shortened agreement (dept_ref ~ departments.unit_no)', () => {
    expect(nameAgreement('dept_ref', 'departments', 'unit_no')).toEqual({ evidence: 'name: dept_ref ~ departments.unit_no (abbreviated, key named its own way)', role: null, abbreviated: true });
    expect(nameAgreement('dpt_ref', 'departments', 'unit_no')).toBeNull();
  });

  it.each([
    ['dept_code', 'departments', 'code'],
    ['Medicine Code', 'medicines', 'med_code'],
    ['exhibition_code', 'exhibitions', 'exhibit_id'],
  ])('%s names %s.%s with a word shortened: a weaker agreement, measured with a stricter coverage', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toMatchObject({ evidence: `name: ${field} ~ ${dataset}.${key} (abbreviated)`, abbreviated: true });
  });

  it.each([
    // Too short to be a shortening, or not the longer word's letters in order.
    ['de_code', 'departments', 'code'],
    ['dtp_code', 'departments', 'code'],
    ['dpt_code', 'departments', 'code'],
    ['prod_id', 'periods', 'period_id'],
    ['pat_id', 'payments', 'payment_id'],
    ['film_code', 'screens', 'scr_code'],
    ['customer_id', 'cars', 'car_id'],
  ])('%s does not name %s.%s by a shortened word', (field, dataset, key) => {
    expect(nameAgreement(field, dataset, key)).toBeNull();
  });

  it('prefers an exact agreement to a shortened one', () => {
    expect(nameAgreement('dept_code', 'depts', 'code')).toEqual({ evidence: 'name: dept_code ~ depts.code', role: null });
    expect(nameAgreement('home_dept_code', 'departments', 'dept_code')).toEqual({ evidence: 'name: home_dept_code ~ departments.dept_code', role: 'home' });
  });

  it('prefers an exact agreement to one whose key words differ, and keeps the role of either', () => {
    expect(nameAgreement('home_branch_id', 'branches', 'branch_id')).toEqual({ evidence: 'name: home_branch_id ~ branches.branch_id', role: 'home' });
    expect(nameAgreement('pickup_branch_code', 'branches', 'branch_id')).toMatchObject({ role: 'pickup', keyWordsDiffer: true });
  });
});

describe('entityWordsOf', () => {
  it('singularises the last word of a dataset name', () => {
    expect(entityWordsOf('service_requests')).toEqual(['service', 'request']);
    expect(entityWordsOf('branches')).toEqual(['branch']);
    expect(entityWordsOf('categories')).toEqual(['category']);
    expect(entityWordsOf('status')).toEqual(['status']);
  });
});
