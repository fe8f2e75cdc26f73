// ISO 4217 numeric currency codes and minor-unit exponents (EMV tags 5F2A, 9F42, 9F3C, 9F51),
// covering the same markets as country.ts. The exponent is what 5F36/9F44 would say.

export interface Currency {
  readonly numeric: number;
  readonly alpha: string;
  readonly exponent: number;
  readonly name: string;
}

export const currencies: readonly Currency[] = [
  { numeric: 32, alpha: 'ARS', exponent: 2, name: 'Argentine Peso' },
  { numeric: 36, alpha: 'AUD', exponent: 2, name: 'Australian Dollar' },
  { numeric: 48, alpha: 'BHD', exponent: 3, name: 'Bahraini Dinar' },
  { numeric: 50, alpha: 'BDT', exponent: 2, name: 'Taka' },
  { numeric: 96, alpha: 'BND', exponent: 2, name: 'Brunei Dollar' },
  { numeric: 104, alpha: 'MMK', exponent: 2, name: 'Kyat' },
  { numeric: 116, alpha: 'KHR', exponent: 2, name: 'Riel' },
  { numeric: 124, alpha: 'CAD', exponent: 2, name: 'Canadian Dollar' },
  { numeric: 144, alpha: 'LKR', exponent: 2, name: 'Sri Lanka Rupee' },
  { numeric: 152, alpha: 'CLP', exponent: 0, name: 'Chilean Peso' },
  { numeric: 156, alpha: 'CNY', exponent: 2, name: 'Yuan Renminbi' },
  { numeric: 170, alpha: 'COP', exponent: 2, name: 'Colombian Peso' },
  { numeric: 203, alpha: 'CZK', exponent: 2, name: 'Czech Koruna' },
  { numeric: 208, alpha: 'DKK', exponent: 2, name: 'Danish Krone' },
  { numeric: 344, alpha: 'HKD', exponent: 2, name: 'Hong Kong Dollar' },
  { numeric: 348, alpha: 'HUF', exponent: 2, name: 'Forint' },
  { numeric: 352, alpha: 'ISK', exponent: 0, name: 'Iceland Krona' },
  { numeric: 356, alpha: 'INR', exponent: 2, name: 'Indian Rupee' },
  { numeric: 360, alpha: 'IDR', exponent: 2, name: 'Rupiah' },
  { numeric: 368, alpha: 'IQD', exponent: 3, name: 'Iraqi Dinar' },
  { numeric: 376, alpha: 'ILS', exponent: 2, name: 'New Israeli Sheqel' },
  { numeric: 392, alpha: 'JPY', exponent: 0, name: 'Yen' },
  { numeric: 398, alpha: 'KZT', exponent: 2, name: 'Tenge' },
  { numeric: 400, alpha: 'JOD', exponent: 3, name: 'Jordanian Dinar' },
  { numeric: 404, alpha: 'KES', exponent: 2, name: 'Kenyan Shilling' },
  { numeric: 410, alpha: 'KRW', exponent: 0, name: 'Won' },
  { numeric: 414, alpha: 'KWD', exponent: 3, name: 'Kuwaiti Dinar' },
  { numeric: 418, alpha: 'LAK', exponent: 2, name: 'Lao Kip' },
  { numeric: 434, alpha: 'LYD', exponent: 3, name: 'Libyan Dinar' },
  { numeric: 446, alpha: 'MOP', exponent: 2, name: 'Pataca' },
  { numeric: 458, alpha: 'MYR', exponent: 2, name: 'Malaysian Ringgit' },
  { numeric: 484, alpha: 'MXN', exponent: 2, name: 'Mexican Peso' },
  { numeric: 496, alpha: 'MNT', exponent: 2, name: 'Tugrik' },
  { numeric: 504, alpha: 'MAD', exponent: 2, name: 'Moroccan Dirham' },
  { numeric: 512, alpha: 'OMR', exponent: 3, name: 'Rial Omani' },
  { numeric: 554, alpha: 'NZD', exponent: 2, name: 'New Zealand Dollar' },
  { numeric: 566, alpha: 'NGN', exponent: 2, name: 'Naira' },
  { numeric: 578, alpha: 'NOK', exponent: 2, name: 'Norwegian Krone' },
  { numeric: 586, alpha: 'PKR', exponent: 2, name: 'Pakistan Rupee' },
  { numeric: 604, alpha: 'PEN', exponent: 2, name: 'Sol' },
  { numeric: 608, alpha: 'PHP', exponent: 2, name: 'Philippine Peso' },
  { numeric: 634, alpha: 'QAR', exponent: 2, name: 'Qatari Rial' },
  { numeric: 643, alpha: 'RUB', exponent: 2, name: 'Russian Ruble' },
  { numeric: 682, alpha: 'SAR', exponent: 2, name: 'Saudi Riyal' },
  { numeric: 702, alpha: 'SGD', exponent: 2, name: 'Singapore Dollar' },
  { numeric: 704, alpha: 'VND', exponent: 0, name: 'Dong' },
  { numeric: 710, alpha: 'ZAR', exponent: 2, name: 'Rand' },
  { numeric: 752, alpha: 'SEK', exponent: 2, name: 'Swedish Krona' },
  { numeric: 756, alpha: 'CHF', exponent: 2, name: 'Swiss Franc' },
  { numeric: 764, alpha: 'THB', exponent: 2, name: 'Baht' },
  { numeric: 784, alpha: 'AED', exponent: 2, name: 'UAE Dirham' },
  { numeric: 788, alpha: 'TND', exponent: 3, name: 'Tunisian Dinar' },
  { numeric: 818, alpha: 'EGP', exponent: 2, name: 'Egyptian Pound' },
  { numeric: 826, alpha: 'GBP', exponent: 2, name: 'Pound Sterling' },
  { numeric: 840, alpha: 'USD', exponent: 2, name: 'US Dollar' },
  { numeric: 860, alpha: 'UZS', exponent: 2, name: 'Uzbekistan Sum' },
  { numeric: 901, alpha: 'TWD', exponent: 2, name: 'New Taiwan Dollar' },
  { numeric: 941, alpha: 'RSD', exponent: 2, name: 'Serbian Dinar' },
  { numeric: 946, alpha: 'RON', exponent: 2, name: 'Romanian Leu' },
  { numeric: 949, alpha: 'TRY', exponent: 2, name: 'Turkish Lira' },
  { numeric: 975, alpha: 'BGN', exponent: 2, name: 'Bulgarian Lev' },
  { numeric: 978, alpha: 'EUR', exponent: 2, name: 'Euro' },
  { numeric: 980, alpha: 'UAH', exponent: 2, name: 'Hryvnia' },
  { numeric: 985, alpha: 'PLN', exponent: 2, name: 'Zloty' },
  { numeric: 986, alpha: 'BRL', exponent: 2, name: 'Brazilian Real' },
];

const byNumeric = new Map(currencies.map((c) => [c.numeric, c]));

export function currencyByNumeric(numeric: number): Currency | undefined {
  return byNumeric.get(numeric);
}
