/**
 * The few math functions whose last digits differ between V8 and Go, computed the way Go's
 * `math` package computes them, so that `std.cos(5)` or `std.pow(1.1, 7447.081)` gives the
 * digits go-jsonnet (and so Kratos) gives. Go takes sin, cos, tan, atan and asin from Cephes
 * (Stephen L. Moshier's polynomials, whose published coefficients are below) and computes a
 * non-integer power as exp(fraction * log x) times x to the integer part by repeated squaring.
 * Every other function (sqrt, exp, log, floor, ...) already agrees with V8 on the corpus.
 */

// Cephes sin.c / cos.c: pi/4 split in three parts for an exact reduction, and the polynomials.
const PI4A = 7.85398125648498535156e-1;
const PI4B = 3.77489470793079817668e-8;
const PI4C = 2.69515142907905952645e-15;
const SIN = [1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6, -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1];
const COS = [-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7, 2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2];
// Cephes tan.c
const TAN_P = [-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7];
const TAN_Q = [1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7, -5.38695755929454629881e7];
// Cephes atan.c
const ATAN_P = [-8.750608600031904122785e-1, -1.615753718733365076637e1, -7.500855792314704667340e1, -1.228866684490136173410e2, -6.485021904942025371773e1];
const ATAN_Q = [2.485846490142306297962e1, 1.650270098316988542046e2, 4.328810604912902668951e2, 4.853903996359136964868e2, 1.945506571482613964425e2];
const MORE_BITS = 6.123233995736765886130e-17; // pi/2 = PI_2 + MORE_BITS
const TAN_3PI_8 = 2.41421356237309504880;

/** Beyond this the simple reduction loses precision; Go switches to Payne-Hanek there, we to V8. */
const REDUCE_THRESHOLD = 1 << 29;

/** x (>= 0, below REDUCE_THRESHOLD) reduced to z in [-pi/4, pi/4] and its octant j (0..7). */
function reduce(x: number): { j: number; z: number } {
  let j = Math.trunc(x * (4 / Math.PI));
  let y = j;
  if (j % 2 === 1) {
    j++;
    y++;
  }
  return { j: j % 8, z: ((x - y * PI4A) - y * PI4B) - y * PI4C };
}

function sinPoly(z: number, zz: number): number {
  return z + z * zz * ((((((SIN[0]! * zz) + SIN[1]!) * zz + SIN[2]!) * zz + SIN[3]!) * zz + SIN[4]!) * zz + SIN[5]!);
}

function cosPoly(zz: number): number {
  return 1.0 - 0.5 * zz + zz * zz * ((((((COS[0]! * zz) + COS[1]!) * zz + COS[2]!) * zz + COS[3]!) * zz + COS[4]!) * zz + COS[5]!);
}

export function goSin(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  let sign = x < 0;
  x = Math.abs(x);
  if (x >= REDUCE_THRESHOLD) return sign ? -Math.sin(x) : Math.sin(x);
  let { j, z } = reduce(x);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  const zz = z * z;
  const y = j === 1 || j === 2 ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

export function goCos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  x = Math.abs(x);
  if (x >= REDUCE_THRESHOLD) return Math.cos(x);
  let sign = false;
  let { j, z } = reduce(x);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  const zz = z * z;
  const y = j === 1 || j === 2 ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

export function goTan(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return Number.isFinite(x) ? x : NaN;
  const sign = x < 0;
  x = Math.abs(x);
  if (x >= REDUCE_THRESHOLD) return sign ? -Math.tan(x) : Math.tan(x);
  const { j, z } = reduce(x);
  const zz = z * z;
  let y = zz > 1e-14
    ? z + z * (zz * (((TAN_P[0]! * zz) + TAN_P[1]!) * zz + TAN_P[2]!) / ((((zz + TAN_Q[0]!) * zz + TAN_Q[1]!) * zz + TAN_Q[2]!) * zz + TAN_Q[3]!))
    : z;
  if ((j & 2) === 2) y = -1 / y;
  return sign ? -y : y;
}

/** atan on [0, 0.66] */
function xatan(x: number): number {
  let z = x * x;
  z = z * ((((ATAN_P[0]! * z + ATAN_P[1]!) * z + ATAN_P[2]!) * z + ATAN_P[3]!) * z + ATAN_P[4]!) /
    (((((z + ATAN_Q[0]!) * z + ATAN_Q[1]!) * z + ATAN_Q[2]!) * z + ATAN_Q[3]!) * z + ATAN_Q[4]!);
  return x * z + x;
}

/** atan of x >= 0, reduced to [0, 0.66] */
function satan(x: number): number {
  if (x <= 0.66) return xatan(x);
  if (x > TAN_3PI_8) return Math.PI / 2 - xatan(1 / x) + MORE_BITS;
  return Math.PI / 4 + xatan((x - 1) / (x + 1)) + 0.5 * MORE_BITS;
}

export function goAtan(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

export function goAsin(x: number): number {
  if (x === 0 || Number.isNaN(x)) return x;
  const sign = x < 0;
  if (sign) x = -x;
  if (x > 1) return NaN;
  let temp = Math.sqrt(1 - x * x);
  temp = x > 0.7 ? Math.PI / 2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

export function goAcos(x: number): number {
  return Math.PI / 2 - goAsin(x);
}

/** x as frac * 2^exp with frac in [0.5, 1), as Go's math.Frexp (0 and non-finite x: [x, 0]); subnormals too. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let exp = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let frac = ldexp(x, -exp);
  // log2 can be off by one near powers of two: settle frac into [0.5, 1)
  while (Math.abs(frac) < 0.5) {
    frac *= 2;
    exp--;
  }
  while (Math.abs(frac) >= 1) {
    frac /= 2;
    exp++;
  }
  return [frac, exp];
}

/** frac * 2^exp without overflowing a power of two on the way (each step is exact). */
function ldexp(frac: number, exp: number): number {
  while (exp > 1023) {
    frac *= 2 ** 1023;
    exp -= 1023;
  }
  while (exp < -1022) {
    frac *= 2 ** -1022;
    exp += 1022;
  }
  return frac * 2 ** exp;
}

/**
 * x^y as Go computes it for finite inputs: x^fraction by exp(fraction * log x), times x^integer
 * by repeated squaring of frexp(x), scaled back at the end. Special cases are IEEE's, as in V8.
 */
export function goPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0) return Math.pow(x, y);
  if (y === 0.5) return Math.sqrt(x);
  if (y === -0.5) return 1 / Math.sqrt(x);
  let yi = Math.trunc(Math.abs(y));
  let yf = Math.abs(y) - yi;
  if (yf !== 0 && x < 0) return NaN;
  if (yi >= 2 ** 63) {
    if (x === -1) return 1;
    return (Math.abs(x) < 1) === (y > 0) ? 0 : Infinity;
  }
  let a1 = 1.0;
  let ae = 0;
  if (yf !== 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = Math.exp(yf * Math.log(x));
  }
  let [x1, xe] = frexp(x);
  // yi < 2^63: walk its bits with a number, not a 32-bit integer
  for (let i = yi; i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      // the result over- or underflows whatever is left of i
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (x1 < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

/** atan2 as Go computes it: atan(y / x), moved to x's half-plane. */
export function goAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0) return Math.atan2(y, x);
  const q = goAtan(y / x);
  if (x < 0) return q <= 0 ? q + Math.PI : q - Math.PI;
  return q;
}
