#include "Renderer.h"

#include "Filters.h"
#include "Text.h"
#include "json/Writer.h"

#include <array>

namespace claimsmith::tmpl {

namespace {

using json::Value;

// What a value counts against kMaxFilterValueBytes and kMaxFilterBytes.
std::size_t weight(const Value& v)
{
    switch (v.type()) {
    case json::Type::String:
        return v.string().size();
    case json::Type::Number:
        return 8;
    case json::Type::Array: {
        std::size_t sum = 0;
        for (const Value& e : v.array())
            sum += weight(e);
        return sum;
    }
    case json::Type::Object: {
        std::size_t sum = 0;
        for (const json::Member& m : v.object())
            sum += m.key.size() + weight(m.value);
        return sum;
    }
    case json::Type::Null:
    case json::Type::Bool:
        break;
    }
    return 1;
}

class Renderer
{
public:
    Renderer(const Value& context, NullClaims nullClaims, std::string& out, DiagnosticSink& sink)
        : m_keepNull(nullClaims == NullClaims::Keep)
        , m_out(out)
        , m_start(out.size())
        , m_sink(sink)
    {
        if (context.isObject()) {
            for (const json::Member& m : context.object()) {
                if (auto root = rootFromName(m.key);
                    root && !m_roots[static_cast<std::size_t>(*root)])
                    m_roots[static_cast<std::size_t>(*root)] = &m.value;
            }
        }
    }

    bool run(const Node& root)
    {
        node(root);
        if (!m_stopped && m_out.size() - m_start > kMaxRenderedBytes)
            sizeError(root.span);
        return m_ok;
    }

private:
    void node(const Node& n)
    {
        switch (n.kind) {
        case Node::Kind::Object: {
            m_out += '{';
            bool first = true;
            for (const Member& m : n.members) {
                if (m.value.kind == Node::Kind::Hole) {
                    const EvalValue v = evaluate(*m.value.hole);
                    if (v.isMissing() || (!m_keepNull && v.get().isNull()))
                        continue;
                    if (!first)
                        m_out += ',';
                    first = false;
                    m_out += m.nameJson;
                    json::write(m_out, v.get());
                    checkSize(m_out.size(), *m.value.hole);
                    continue;
                }
                if (!first)
                    m_out += ',';
                first = false;
                m_out += m.nameJson;
                node(m.value);
            }
            m_out += '}';
            return;
        }
        case Node::Kind::Array: {
            m_out += '[';
            bool first = true;
            for (const Node& e : n.elements) {
                if (e.kind == Node::Kind::Hole) {
                    const EvalValue v = evaluate(*e.hole);
                    if (v.isMissing())
                        continue;
                    if (!first)
                        m_out += ',';
                    first = false;
                    json::write(m_out, v.get());
                    checkSize(m_out.size(), *e.hole);
                    continue;
                }
                if (!first)
                    m_out += ',';
                first = false;
                node(e);
            }
            m_out += ']';
            return;
        }
        case Node::Kind::Literal:
            m_out += n.literalJson;
            return;
        case Node::Kind::Interpolated:
            interpolated(n);
            return;
        case Node::Kind::Hole: {
            // Only reached for a hole as the whole template, which T402 refuses.
            const EvalValue v = evaluate(*n.hole);
            json::write(m_out, v.isMissing() ? Value() : v.get());
            return;
        }
        }
    }

    void interpolated(const Node& n)
    {
        m_text.clear();
        for (std::size_t i = 0; i < n.texts.size(); ++i) {
            m_text += n.texts[i];
            if (i >= n.holes.size())
                break;
            const Expression& e = n.holes[i];
            const EvalValue v = evaluate(e);
            if (v.isMissing())
                continue;
            const bool scalar = appendText(m_text, v.get());
            checkSize(m_out.size() + m_text.size(), e);
            if (!scalar) {
                m_sink.error("T203", e.span,
                             std::string("the value is ") +
                                 (v.get().isObject() ? "an object" : "an array") +
                                 " for this context, which cannot go inside a string; remove the "
                                 "quotes or add | json");
                m_ok = false;
            }
        }
        json::appendQuoted(m_out, trimmed(m_text));
    }

    EvalValue operand(const Operand& op)
    {
        if (op.kind == Operand::Kind::Literal)
            return EvalValue::of(&op.literal);
        const Path& p = op.path;
        if (!p.root)
            return EvalValue::missing();
        const Value* cur = m_roots[static_cast<std::size_t>(*p.root)];
        for (const Segment& s : p.segments) {
            if (!cur)
                break;
            if (s.kind == Segment::Kind::Index && cur->isArray())
                cur = cur->at(static_cast<std::size_t>(s.index));
            else
                cur = cur->find(s.name); // objects are keyed by text, also "0"
        }
        return EvalValue::of(cur);
    }

    // Once the claims are over kMaxRenderedBytes (`size` counts from the start
    // of m_out): T403, and nothing more is evaluated.
    void checkSize(std::size_t size, const Expression& e)
    {
        if (size - m_start > kMaxRenderedBytes && !m_stopped)
            sizeError(e.span);
    }

    void sizeError(Span span)
    {
        m_sink.error("T403", span,
                     "the claims grow past " +
                         withThousands(static_cast<std::int64_t>(kMaxRenderedBytes)) +
                         " bytes with this value, the most any template may render; tokens "
                         "this large cannot be used: move data out of the token");
        stop();
    }

    // Charges a value a filter made to the budget; false (after T301) when over.
    bool charge(const EvalValue& v, const FilterCall& f)
    {
        if (v.ref || !v.present)
            return true; // a part of the context or the template: nothing new
        const std::size_t w = weight(v.own);
        m_spent += w;
        if (w <= kMaxFilterValueBytes && m_spent <= kMaxFilterBytes)
            return true;
        m_sink.error("T301", f.span,
                     w > kMaxFilterValueBytes
                         ? "this filter makes a value of " +
                               withThousands(static_cast<std::int64_t>(w)) +
                               " bytes for this context, over the limit of " +
                               withThousands(static_cast<std::int64_t>(kMaxFilterValueBytes)) +
                               " bytes for one value"
                         : "the values the filters make for this context add up to more than " +
                               withThousands(static_cast<std::int64_t>(kMaxFilterBytes)) +
                               " bytes, the limit for one rendering");
        stop();
        return false;
    }

    void stop()
    {
        m_stopped = true;
        m_ok = false;
    }

    EvalValue evaluate(const Expression& e)
    {
        if (m_stopped)
            return EvalValue::missing();
        EvalValue v;
        for (const Operand& op : e.chain) {
            v = operand(op);
            if (!v.isNullOrMissing())
                break;
        }
        if (e.filters.empty())
            return v;
        std::array<EvalValue, 2> args;
        for (const FilterCall& f : e.filters) {
            for (std::size_t i = 0; i < f.args.size() && i < args.size(); ++i)
                args[i] = operand(f.args[i]);
            std::string error;
            if (!applyFilter(*f.id, v, std::span<const EvalValue>(args.data(), f.args.size()),
                             error)) {
                m_sink.error("T301", f.span, error);
                m_ok = false;
                return EvalValue::missing();
            }
            if (!charge(v, f))
                return EvalValue::missing();
        }
        return v;
    }

    bool m_keepNull;
    std::string& m_out;
    const std::size_t m_start; // where the claims start in m_out
    DiagnosticSink& m_sink;
    std::array<const Value*, kRootCount> m_roots{};
    std::string m_text;
    std::size_t m_spent = 0; // weight of the values filters made
    bool m_ok = true;
    bool m_stopped = false; // over a limit: the rest is not evaluated
};

} // namespace

bool renderNode(const Node& root, const json::Value& context, NullClaims nullClaims,
                std::string& out, DiagnosticSink& sink)
{
    return Renderer(context, nullClaims, out, sink).run(root);
}

} // namespace claimsmith::tmpl
