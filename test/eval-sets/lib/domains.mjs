// The evaluation's domains. Each has a deterministic generator writing its CSVs and a question
// file with gold SQL; none of them may be tuned against (see ../README.md).
import * as airlineFlights from '../domains/airline-flights/generate.mjs';
import airlineFlightsQuestions from '../domains/airline-flights/questions.mjs';
import * as allotmentSociety from '../domains/allotment-society/generate.mjs';
import allotmentSocietyQuestions from '../domains/allotment-society/questions.mjs';
import * as bikeShare from '../domains/bike-share/generate.mjs';
import bikeShareQuestions from '../domains/bike-share/questions.mjs';
import * as bloodDonation from '../domains/blood-donation/generate.mjs';
import bloodDonationQuestions from '../domains/blood-donation/questions.mjs';
import * as bowlingAlley from '../domains/bowling-alley/generate.mjs';
import bowlingAlleyQuestions from '../domains/bowling-alley/questions.mjs';
import * as busPunctuality from '../domains/bus-punctuality/generate.mjs';
import busPunctualityQuestions from '../domains/bus-punctuality/questions.mjs';
import * as campsiteStays from '../domains/campsite-stays/generate.mjs';
import campsiteStaysQuestions from '../domains/campsite-stays/questions.mjs';
import * as carRental from '../domains/car-rental/generate.mjs';
import carRentalQuestions from '../domains/car-rental/questions.mjs';
import * as charityDonations from '../domains/charity-donations/generate.mjs';
import charityDonationsQuestions from '../domains/charity-donations/questions.mjs';
import * as cinema from '../domains/cinema/generate.mjs';
import cinemaQuestions from '../domains/cinema/questions.mjs';
import * as city311 from '../domains/city-311/generate.mjs';
import city311Questions from '../domains/city-311/questions.mjs';
import * as clinic from '../domains/clinic/generate.mjs';
import clinicQuestions from '../domains/clinic/questions.mjs';
import * as coworking from '../domains/coworking/generate.mjs';
import coworkingQuestions from '../domains/coworking/questions.mjs';
import * as councilWaste from '../domains/council-waste/generate.mjs';
import councilWasteQuestions from '../domains/council-waste/questions.mjs';
import * as conferenceEvents from '../domains/conference-events/generate.mjs';
import conferenceEventsQuestions from '../domains/conference-events/questions.mjs';
import * as courier from '../domains/courier/generate.mjs';
import courierQuestions from '../domains/courier/questions.mjs';
import * as dentalPractice from '../domains/dental-practice/generate.mjs';
import dentalPracticeQuestions from '../domains/dental-practice/questions.mjs';
import * as diveSchool from '../domains/dive-school/generate.mjs';
import diveSchoolQuestions from '../domains/dive-school/questions.mjs';
import * as dogWalking from '../domains/dog-walking/generate.mjs';
import dogWalkingQuestions from '../domains/dog-walking/questions.mjs';
import * as drivingSchool from '../domains/driving-school/generate.mjs';
import drivingSchoolQuestions from '../domains/driving-school/questions.mjs';
import * as energyMeters from '../domains/energy-meters/generate.mjs';
import energyMetersQuestions from '../domains/energy-meters/questions.mjs';
import * as escapeRooms from '../domains/escape-rooms/generate.mjs';
import escapeRoomsQuestions from '../domains/escape-rooms/questions.mjs';
import * as ferryBookings from '../domains/ferry-bookings/generate.mjs';
import ferryBookingsQuestions from '../domains/ferry-bookings/questions.mjs';
import * as bakeryOrders from '../domains/bakery-orders/generate.mjs';
import bakeryOrdersQuestions from '../domains/bakery-orders/questions.mjs';
import * as breweryDeliveries from '../domains/brewery-deliveries/generate.mjs';
import breweryDeliveriesQuestions from '../domains/brewery-deliveries/questions.mjs';
import * as farmCoop from '../domains/farm-coop/generate.mjs';
import farmCoopQuestions from '../domains/farm-coop/questions.mjs';
import * as foodBank from '../domains/food-bank/generate.mjs';
import foodBankQuestions from '../domains/food-bank/questions.mjs';
import * as gym from '../domains/gym/generate.mjs';
import gymQuestions from '../domains/gym/questions.mjs';
import * as hotel from '../domains/hotel/generate.mjs';
import hotelQuestions from '../domains/hotel/questions.mjs';
import * as iceRink from '../domains/ice-rink/generate.mjs';
import iceRinkQuestions from '../domains/ice-rink/questions.mjs';
import * as insuranceClaims from '../domains/insurance-claims/generate.mjs';
import insuranceClaimsQuestions from '../domains/insurance-claims/questions.mjs';
import * as laundryService from '../domains/laundry-service/generate.mjs';
import laundryServiceQuestions from '../domains/laundry-service/questions.mjs';
import * as museum from '../domains/museum/generate.mjs';
import museumQuestions from '../domains/museum/questions.mjs';
import * as library from '../domains/library/generate.mjs';
import libraryQuestions from '../domains/library/questions.mjs';
import * as locksmithCallouts from '../domains/locksmith-callouts/generate.mjs';
import locksmithCalloutsQuestions from '../domains/locksmith-callouts/questions.mjs';
import * as marinaBerths from '../domains/marina-berths/generate.mjs';
import marinaBerthsQuestions from '../domains/marina-berths/questions.mjs';
import * as petGrooming from '../domains/pet-grooming/generate.mjs';
import petGroomingQuestions from '../domains/pet-grooming/questions.mjs';
import * as pharmacy from '../domains/pharmacy/generate.mjs';
import pharmacyQuestions from '../domains/pharmacy/questions.mjs';
import * as photoStudio from '../domains/photo-studio/generate.mjs';
import photoStudioQuestions from '../domains/photo-studio/questions.mjs';
import * as pianoTuning from '../domains/piano-tuning/generate.mjs';
import pianoTuningQuestions from '../domains/piano-tuning/questions.mjs';
import * as musicStreaming from '../domains/music-streaming/generate.mjs';
import musicStreamingQuestions from '../domains/music-streaming/questions.mjs';
import * as parkingFines from '../domains/parking-fines/generate.mjs';
import parkingFinesQuestions from '../domains/parking-fines/questions.mjs';
import * as plantNursery from '../domains/plant-nursery/generate.mjs';
import plantNurseryQuestions from '../domains/plant-nursery/questions.mjs';
import * as printShopJobs from '../domains/print-shop-jobs/generate.mjs';
import printShopJobsQuestions from '../domains/print-shop-jobs/questions.mjs';
import * as propertyLettings from '../domains/property-lettings/generate.mjs';
import propertyLettingsQuestions from '../domains/property-lettings/questions.mjs';
import * as recruitment from '../domains/recruitment/generate.mjs';
import recruitmentQuestions from '../domains/recruitment/questions.mjs';
import * as removalsFirm from '../domains/removals-firm/generate.mjs';
import removalsFirmQuestions from '../domains/removals-firm/questions.mjs';
import * as restaurantChain from '../domains/restaurant-chain/generate.mjs';
import restaurantChainQuestions from '../domains/restaurant-chain/questions.mjs';
import * as roadMaintenance from '../domains/road-maintenance/generate.mjs';
import roadMaintenanceQuestions from '../domains/road-maintenance/questions.mjs';
import * as schoolExams from '../domains/school-exams/generate.mjs';
import schoolExamsQuestions from '../domains/school-exams/questions.mjs';
import * as solarInstalls from '../domains/solar-installs/generate.mjs';
import solarInstallsQuestions from '../domains/solar-installs/questions.mjs';
import * as swimmingPool from '../domains/swimming-pool/generate.mjs';
import swimmingPoolQuestions from '../domains/swimming-pool/questions.mjs';
import * as telecomSupport from '../domains/telecom-support/generate.mjs';
import telecomSupportQuestions from '../domains/telecom-support/questions.mjs';
import * as toolHire from '../domains/tool-hire/generate.mjs';
import toolHireQuestions from '../domains/tool-hire/questions.mjs';
import * as treeSurgery from '../domains/tree-surgery/generate.mjs';
import treeSurgeryQuestions from '../domains/tree-surgery/questions.mjs';
import * as tutoring from '../domains/tutoring/generate.mjs';
import tutoringQuestions from '../domains/tutoring/questions.mjs';
import * as vetPractice from '../domains/vet-practice/generate.mjs';
import vetPracticeQuestions from '../domains/vet-practice/questions.mjs';
import * as windowCleaning from '../domains/window-cleaning/generate.mjs';
import windowCleaningQuestions from '../domains/window-cleaning/questions.mjs';
import * as wineMerchant from '../domains/wine-merchant/generate.mjs';
import wineMerchantQuestions from '../domains/wine-merchant/questions.mjs';
import * as warehousePicking from '../domains/warehouse-picking/generate.mjs';
import warehousePickingQuestions from '../domains/warehouse-picking/questions.mjs';
import * as vehicleServicing from '../domains/vehicle-servicing/generate.mjs';
import vehicleServicingQuestions from '../domains/vehicle-servicing/questions.mjs';
import * as waterUtility from '../domains/water-utility/generate.mjs';
import waterUtilityQuestions from '../domains/water-utility/questions.mjs';
import * as zooCare from '../domains/zoo-care/generate.mjs';
import zooCareQuestions from '../domains/zoo-care/questions.mjs';

export const DOMAINS = [
  { name: 'library', generate: library.generate, questions: libraryQuestions },
  { name: 'city-311', generate: city311.generate, questions: city311Questions },
  { name: 'bike-share', generate: bikeShare.generate, questions: bikeShareQuestions },
  // Written after the reader's time/grouping/join change, blind to it (see ../README.md).
  { name: 'clinic', generate: clinic.generate, questions: clinicQuestions },
  { name: 'energy-meters', generate: energyMeters.generate, questions: energyMetersQuestions },
  // The third blind set, written before the next reader change (see ../README.md).
  { name: 'school-exams', generate: schoolExams.generate, questions: schoolExamsQuestions },
  { name: 'farm-coop', generate: farmCoop.generate, questions: farmCoopQuestions },
  // The fourth blind set, written after the reader's second round (see ../README.md).
  { name: 'restaurant-chain', generate: restaurantChain.generate,
    questions: restaurantChainQuestions },
  { name: 'parking-fines', generate: parkingFines.generate, questions: parkingFinesQuestions },
  // The fifth blind set, written after the reader's third round (see ../README.md).
  { name: 'hotel', generate: hotel.generate, questions: hotelQuestions },
  { name: 'vet-practice', generate: vetPractice.generate, questions: vetPracticeQuestions },
  // The sixth blind set, written after the reader's fifth round (see ../README.md).
  { name: 'gym', generate: gym.generate, questions: gymQuestions },
  { name: 'car-rental', generate: carRental.generate, questions: carRentalQuestions },
  // The seventh blind set, written after the reader's sixth round (see ../README.md).
  { name: 'museum', generate: museum.generate, questions: museumQuestions },
  { name: 'plant-nursery', generate: plantNursery.generate, questions: plantNurseryQuestions },
  // The eighth blind set, written after the reader's sixth round (see ../README.md).
  { name: 'cinema', generate: cinema.generate, questions: cinemaQuestions },
  { name: 'courier', generate: courier.generate, questions: courierQuestions },
  // The ninth blind set, written during the reader's seventh round (see ../README.md).
  { name: 'pharmacy', generate: pharmacy.generate, questions: pharmacyQuestions },
  { name: 'water-utility', generate: waterUtility.generate, questions: waterUtilityQuestions },
  // The tenth blind set, written after the reader's seventh round (see ../README.md).
  { name: 'insurance-claims', generate: insuranceClaims.generate,
    questions: insuranceClaimsQuestions },
  { name: 'recruitment', generate: recruitment.generate, questions: recruitmentQuestions },
  // The eleventh blind set, written after the reader's eighth round (see ../README.md).
  { name: 'warehouse-picking', generate: warehousePicking.generate,
    questions: warehousePickingQuestions },
  { name: 'charity-donations', generate: charityDonations.generate,
    questions: charityDonationsQuestions },
  // The twelfth blind set, written after the reader's ninth round (see ../README.md).
  { name: 'telecom-support', generate: telecomSupport.generate,
    questions: telecomSupportQuestions },
  { name: 'zoo-care', generate: zooCare.generate, questions: zooCareQuestions },
  // The thirteenth blind set, written after the reader's eleventh round (see ../README.md).
  { name: 'airline-flights', generate: airlineFlights.generate,
    questions: airlineFlightsQuestions },
  { name: 'property-lettings', generate: propertyLettings.generate,
    questions: propertyLettingsQuestions },
  // The fourteenth blind set, written after the reader's twelfth round (see ../README.md).
  { name: 'council-waste', generate: councilWaste.generate, questions: councilWasteQuestions },
  { name: 'music-streaming', generate: musicStreaming.generate,
    questions: musicStreamingQuestions },
  // The fifteenth blind set, written before the reader's thirteenth round (see ../README.md).
  { name: 'vehicle-servicing', generate: vehicleServicing.generate,
    questions: vehicleServicingQuestions },
  { name: 'conference-events', generate: conferenceEvents.generate,
    questions: conferenceEventsQuestions },
  // The sixteenth blind set, written during the reader's thirteenth round (see ../README.md).
  { name: 'food-bank', generate: foodBank.generate, questions: foodBankQuestions },
  { name: 'ferry-bookings', generate: ferryBookings.generate, questions: ferryBookingsQuestions },
  // The seventeenth blind set, written after the reader's thirteenth round and the engine's
  // write-queue change (see ../README.md).
  { name: 'coworking', generate: coworking.generate, questions: coworkingQuestions },
  { name: 'road-maintenance', generate: roadMaintenance.generate,
    questions: roadMaintenanceQuestions },
  // The eighteenth blind set, written before the reader's fourteenth round (see ../README.md).
  { name: 'dental-practice', generate: dentalPractice.generate,
    questions: dentalPracticeQuestions },
  { name: 'solar-installs', generate: solarInstalls.generate, questions: solarInstallsQuestions },
  // The nineteenth blind set, written during the reader's fourteenth round (see ../README.md).
  { name: 'tutoring', generate: tutoring.generate, questions: tutoringQuestions },
  { name: 'brewery-deliveries', generate: breweryDeliveries.generate,
    questions: breweryDeliveriesQuestions },
  // The twentieth blind set, written during the reader's fifteenth round (see ../README.md).
  { name: 'bakery-orders', generate: bakeryOrders.generate, questions: bakeryOrdersQuestions },
  { name: 'campsite-stays', generate: campsiteStays.generate, questions: campsiteStaysQuestions },
  // The twenty-first blind set, written before the reader's sixteenth round (see ../README.md).
  { name: 'bus-punctuality', generate: busPunctuality.generate,
    questions: busPunctualityQuestions },
  { name: 'print-shop-jobs', generate: printShopJobs.generate, questions: printShopJobsQuestions },
  // The twenty-second blind set, written after the reader's sixteenth round (see ../README.md).
  { name: 'marina-berths', generate: marinaBerths.generate, questions: marinaBerthsQuestions },
  { name: 'escape-rooms', generate: escapeRooms.generate, questions: escapeRoomsQuestions },
  // The twenty-third blind set, written before the reader's eighteenth round (see ../README.md).
  { name: 'tool-hire', generate: toolHire.generate, questions: toolHireQuestions },
  { name: 'blood-donation', generate: bloodDonation.generate, questions: bloodDonationQuestions },
  // The twenty-fourth blind set, written before the reader's nineteenth round (see ../README.md).
  { name: 'bowling-alley', generate: bowlingAlley.generate, questions: bowlingAlleyQuestions },
  { name: 'locksmith-callouts', generate: locksmithCallouts.generate,
    questions: locksmithCalloutsQuestions },
  // The twenty-fifth blind set, written before the reader's twentieth round (see ../README.md).
  { name: 'pet-grooming', generate: petGrooming.generate, questions: petGroomingQuestions },
  { name: 'driving-school', generate: drivingSchool.generate, questions: drivingSchoolQuestions },
  // The twenty-sixth blind set, written during the reader's twenty-first round (see ../README.md).
  { name: 'piano-tuning', generate: pianoTuning.generate, questions: pianoTuningQuestions },
  { name: 'swimming-pool', generate: swimmingPool.generate, questions: swimmingPoolQuestions },
  // The twenty-seventh blind set, written blind during the reader's twenty-first round and
  // measured only after it (see ../README.md).
  { name: 'window-cleaning', generate: windowCleaning.generate,
    questions: windowCleaningQuestions },
  { name: 'wine-merchant', generate: wineMerchant.generate, questions: wineMerchantQuestions },
  // The twenty-eighth blind set, written blind during the reader's twenty-second round and
  // measured only after it (see ../README.md).
  { name: 'dog-walking', generate: dogWalking.generate, questions: dogWalkingQuestions },
  { name: 'photo-studio', generate: photoStudio.generate, questions: photoStudioQuestions },
  // The twenty-ninth blind set, written blind before the reader's twenty-second round
  // (see ../README.md).
  { name: 'allotment-society', generate: allotmentSociety.generate,
    questions: allotmentSocietyQuestions },
  { name: 'ice-rink', generate: iceRink.generate, questions: iceRinkQuestions },
  // The thirtieth blind set, written blind during the reader's twenty-second round and measured
  // only after it (see ../README.md).
  { name: 'dive-school', generate: diveSchool.generate, questions: diveSchoolQuestions },
  { name: 'tree-surgery', generate: treeSurgery.generate, questions: treeSurgeryQuestions },
  // The thirty-first blind set, written blind before the reader's twenty-third round and measured
  // before it (see ../README.md).
  { name: 'removals-firm', generate: removalsFirm.generate, questions: removalsFirmQuestions },
  { name: 'laundry-service', generate: laundryService.generate,
    questions: laundryServiceQuestions },
];

/** Every kind a question may carry; a question with another kind is a typo in the set. */
export const KINDS = ['count', 'filter-text', 'filter-number', 'filter-date', 'filter-boolean',
  'group-by', 'top-n', 'superlative', 'time-grain', 'relative-date', 'join', 'having',
  'percentage', 'value-lookup', 'refuse'];
