#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Robust statistics for a series that may be rising: the Theil–Sen slope (the median of the
/// slopes between every pair of points, which a few outliers cannot pull), and the Mann–Kendall
/// test (whether later values tend to be higher than earlier ones, more than chance allows),
/// with the correction for tied values. Pure functions; the callers keep series short (a few
/// hundred points), since both are quadratic.
public enum TrendStatistics {
    /// A straight line `value = intercept + slope × (time − origin)`.
    public struct Line: Sendable, Equatable {
        public var origin: Double
        public var intercept: Double
        /// Per unit of x (seconds, for counters).
        public var slope: Double

        public func value(at x: Double) -> Double { intercept + slope * (x - origin) }

        /// Where the line reaches `level`, when it rises towards it.
        public func reaching(_ level: Double) -> Double? {
            guard slope > 0 else { return nil }
            return origin + (level - intercept) / slope
        }
    }

    /// The outcome of a Mann–Kendall test.
    public struct MannKendall: Sendable, Equatable {
        public var s: Int
        public var variance: Double
        public var z: Double
        /// One-sided p-value for an upward trend.
        public var pRising: Double
        public var count: Int
    }

    /// The Theil–Sen line through the points (nil for fewer than two distinct x).
    public static func theilSen(x: [Double], y: [Double]) -> Line? {
        let n = min(x.count, y.count)
        guard n >= 2 else { return nil }
        var slopes: [Double] = []
        slopes.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            for j in (i + 1)..<n where x[j] != x[i] { slopes.append((y[j] - y[i]) / (x[j] - x[i])) }
        }
        guard let slope = median(slopes) else { return nil }
        let origin = x[0]
        guard let intercept = median((0..<n).map { y[$0] - slope * (x[$0] - origin) }) else { return nil }
        return Line(origin: origin, intercept: intercept, slope: slope)
    }

    /// The Mann–Kendall test of the values in time order.
    public static func mannKendall(_ values: [Double]) -> MannKendall {
        let n = values.count
        var s = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                if values[j] > values[i] { s += 1 } else if values[j] < values[i] { s -= 1 }
            }
        }
        var ties: [Double: Int] = [:]
        for value in values { ties[value, default: 0] += 1 }
        let nn = Double(n)
        var variance = nn * (nn - 1) * (2 * nn + 5)
        for t in ties.values where t > 1 {
            let tt = Double(t)
            variance -= tt * (tt - 1) * (2 * tt + 5)
        }
        variance /= 18
        var z = 0.0
        if variance > 0 {
            if s > 0 { z = Double(s - 1) / variance.squareRoot() } else if s < 0 { z = Double(s + 1) / variance.squareRoot() }
        }
        return MannKendall(s: s, variance: variance, z: z, pRising: upperTail(z), count: n)
    }

    /// P(Z ≥ z) for a standard normal Z.
    public static func upperTail(_ z: Double) -> Double { 0.5 * erfc(z / 2.0.squareRoot()) }

    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The spread of the points around the line: the median absolute residual, scaled to match
    /// a standard deviation for normal noise.
    public static func residualSpread(x: [Double], y: [Double], line: Line) -> Double {
        median(zip(x, y).map { abs($0.1 - line.value(at: $0.0)) }).map { $0 * 1.4826 } ?? 0
    }
}
