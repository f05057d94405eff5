// Benchmarks for smsguard; run in release: swift run -c release smsguard-bench classify
import SMSGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func usage() -> Never {
    print("""
        usage: smsguard-bench classify [--count N] [--passes N]
               smsguard-bench generate-sbr --count N --output FILE
        """)
    exit(64)
}

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count, let number = Int(arguments[index + 1]) else {
        return value
    }
    return number
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else { usage() }
switch arguments[1] {
case "parts":
    PartsBenchmark.run(count: option("--count", default: 200_000))
    PartsBenchmark.raw(count: option("--count", default: 200_000))
case "read":
    PartsBenchmark.read(path: arguments[2])
case "generate-sbr":
    guard let index = arguments.firstIndex(of: "--output"), index + 1 < arguments.count else { usage() }
    SBRGenerator.write(count: option("--count", default: 1_000_000), to: arguments[index + 1])
case "classify":
    ClassifyBenchmark.run(count: option("--count", default: 1_000_000), passes: option("--passes", default: 5))
default:
    usage()
}
