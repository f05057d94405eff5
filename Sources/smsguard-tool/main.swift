import SMSGuardCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let io = StandardIO()
let status = CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), io: io)
io.flush()
exit(status)
