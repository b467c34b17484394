// Error values of the analysis engine. Nothing in rb::analysis throws to its caller for bad input:
// functions that can fail return Result<T>, which holds either the value or an Error with a stable code
// the UI can translate and, for a cycle, the posts on it in order.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace rb::analysis {

enum class ErrorCode : std::uint8_t {
    Cycle = 1,           ///< the links form a cycle; Error::cycle names the tasks in order
    LinkOutOfRange = 2,  ///< a link refers to a task index that does not exist
    DuplicateTaskId = 3, ///< two tasks share an id
    InvalidDuration = 4, ///< negative duration, or a done task whose fixed finish precedes its start
    InvalidArgument = 5, ///< an argument of a what-if or Monte Carlo call is out of range
    Cancelled = 6,       ///< the caller cancelled a long computation
};

/// Stable, untranslated name of an error code ("cycle", "link-out-of-range", ...).
const char *errorCodeName(ErrorCode code) noexcept;

struct Error {
    ErrorCode code{};
    std::string message;               ///< English, for logs and tests; the UI translates `code`
    std::vector<std::uint32_t> cycle;  ///< for Cycle: task indices in link order, first repeated at the end
    std::vector<std::string> cycleIds; ///< the same as ids, e.g. {"2A2", "5C3", "2A2"}
};

template <class T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}     // NOLINT: implicit by design
    Result(Error error) : v_(std::move(error)) {} // NOLINT: implicit by design

    bool ok() const noexcept { return v_.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }
    T &value() & { return std::get<0>(v_); }
    const T &value() const & { return std::get<0>(v_); }
    T &&value() && { return std::get<0>(std::move(v_)); }
    const Error &error() const { return std::get<1>(v_); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, Error> v_;
};

} // namespace rb::analysis
