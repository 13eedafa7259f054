// Runs a fuzz target's entry point once on every input kept for it: the
// reproducers of fixed crashes (tests/fuzz/regressions/<target>/) and its
// seeds. Linked instead of libFuzzer, so that every build (gcc included)
// checks that no input once found to break a contract breaks it again.
//
//   replay_<target> PATH...   (files, or folders read recursively)
//
// A broken contract aborts, as under libFuzzer; the input is named on stderr
// just before it runs. Fails when a path does not exist or no input is found.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace fs = std::filesystem;

int main(int argc, char** argv)
{
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code ec;
        if (fs::is_regular_file(path, ec)) {
            inputs.push_back(path);
        } else if (fs::is_directory(path, ec)) {
            for (const fs::directory_entry& e : fs::recursive_directory_iterator(path, ec)) {
                if (e.is_regular_file())
                    inputs.push_back(e.path());
            }
        } else {
            std::fprintf(stderr, "%s: %s is neither a file nor a folder\n", argv[0], argv[i]);
            return 1;
        }
    }
    if (inputs.empty()) {
        std::fprintf(stderr, "%s: no inputs in the paths given: nothing was replayed\n", argv[0]);
        return 1;
    }
    std::sort(inputs.begin(), inputs.end());
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (const fs::path& path : inputs) {
        std::ifstream in(path, std::ios::binary);
        const std::vector<char> bytes((std::istreambuf_iterator<char>(in)),
                                      std::istreambuf_iterator<char>());
        if (!in.eof() && in.fail()) {
            std::fprintf(stderr, "%s: cannot read %s\n", argv[0], path.c_str());
            return 1;
        }
        std::fprintf(stderr, "input %s (%zu bytes)\n", path.c_str(), bytes.size());
        // A copy of exactly the input's size, so that AddressSanitizer sees
        // reads past its end as libFuzzer's own copy would.
        std::vector<std::uint8_t> data(bytes.begin(), bytes.end());
        LLVMFuzzerTestOneInput(data.data(), data.size());
    }
    std::printf("%zu inputs replayed, no contract broken\n", inputs.size());
    return 0;
}
